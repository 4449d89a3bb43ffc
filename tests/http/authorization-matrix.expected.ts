/**
 * The reviewed authorization matrix: what every role gets from every route, per item state.
 * Asserted by authorization-matrix.test.ts; regenerate with
 * `FORA_MATRIX_WRITE=1 npx vitest run tests/http/authorization-matrix.test.ts` and review the diff.
 */
export const EXPECTED_MATRIX = `
# Rows: every API route (apiRoutes), and for routes on an item one row per item state.
# Cells: the HTTP status the role gets. 2xx: allowed; 401: sign-in required; 403: refused, the
# object is known to the role; 404: the object is not known to the role (or does not exist);
# 409/400: allowed by the policy but refused by the state or the input.
# Writes are made in the column order shown; a successful write on an item is followed by a fresh
# item in that state. Calendar feeds are signed by the token in their path, whoever asks.
# anonymous: no sign-in
# reader: staff of the organisation without any forum role
# member: a plain member of the forum (neither submitter nor approver of the items)
# outsider: staff outside the forum: secretary of another forum of the same organisation
# secretary: the forum's secretary
# director: the forum's approver of the items (a member, director of the submitter's unit)
# foreignAdmin: another organisation's administrator
# chair: the forum's chair (asked last, so a write the secretary made before may answer 409)
# [draft] a draft of the submitter
# [submitted] submitted, waiting for the approver
# [published] an open item on a published agenda
# [closed] a closed item (lukket punkt) on a published agenda
# [closedRemoved] a closed item like the above, where the row "member" is a person who was a member when it was closed and whose membership has ended since
# [withdrawn] withdrawn by its submitter before submission
route                                                                                     state         anonymous    reader       member       outsider     secretary    director     foreignAdmin chair
GET /api/orgs                                                                             -             401          200          200          200          200          200          200          200
POST /api/orgs                                                                            -             401          403          403          403          403          403          403          403
GET /api/orgs/:org                                                                        -             401          200          200          200          200          200          404          200
GET /api/orgs/:org/units                                                                  -             401          200          200          200          200          200          404          200
POST /api/orgs/:org/units                                                                 -             401          403          403          403          403          403          404          403
PATCH /api/orgs/:org/units/:unit                                                          -             401          403          403          403          403          403          404          403
GET /api/orgs/:org/people                                                                 -             401          200          200          200          200          200          404          200
POST /api/orgs/:org/people                                                                -             401          403          403          403          403          403          404          403
PATCH /api/orgs/:org/people/:person                                                       -             401          403          403          403          403          403          404          403
GET /api/orgs/:org/forums                                                                 -             401          200          200          200          200          200          404          200
POST /api/orgs/:org/forums                                                                -             401          403          403          403          403          403          404          403
GET /api/orgs/:org/forums/:forum                                                          -             401          200          200          200          200          200          404          200
PATCH /api/orgs/:org/forums/:forum                                                        -             401          403          403          403          200          403          404          200
GET /api/orgs/:org/forums/:forum/memberships                                              -             401          200          200          200          200          200          404          200
POST /api/orgs/:org/forums/:forum/memberships                                             -             401          403          403          403          201          403          404          201
POST /api/orgs/:org/forums/:forum/memberships/:membership/end                             -             401          403          403          403          200          403          404          200
GET /api/orgs/:org/forums/:forum/charters                                                 -             401          200          200          200          200          200          404          200
POST /api/orgs/:org/forums/:forum/charters                                                -             401          403          403          403          201          403          404          409
GET /api/orgs/:org/forums/:forum/meetings                                                 -             401          200          200          200          200          200          404          200
POST /api/orgs/:org/forums/:forum/meetings                                                -             401          403          403          403          201          403          404          201
PATCH /api/orgs/:org/forums/:forum/meetings/:meeting                                      -             401          403          403          403          200          403          404          200
POST /api/orgs/:org/forums/:forum/meetings/:meeting/cancel                                -             401          403          403          403          200          403          404          200
GET /api/orgs/:org/cases                                                                  -             401          200          200          200          200          200          404          200
POST /api/orgs/:org/cases                                                                 -             401          201          201          201          201          201          404          201
GET /api/orgs/:org/cases/:case                                                            -             401          200          200          200          200          200          404          200
PATCH /api/orgs/:org/cases/:case                                                          -             401          403          403          200          200          403          404          200
GET /api/orgs/:org/cases/:case/timeline                                                   -             401          200          200          200          200          200          404          200
GET /api/orgs/:org/cases/:case/oparl                                                      -             401          200          200          200          200          200          404          200
POST /api/orgs/:org/kle/suggest                                                           -             401          200          200          200          200          200          404          200
POST /api/orgs/:org/forums/:forum/items                                                   -             401          403          201          403          201          201          404          201
GET /api/orgs/:org/forums/:forum/queue                                                    -             401          403          403          403          200          403          404          200
GET /api/orgs/:org/items/:item                                                            draft         401          404          404          404          200          404          404          200
GET /api/orgs/:org/items/:item                                                            submitted     401          404          404          404          200          200          404          200
GET /api/orgs/:org/items/:item                                                            published     401          200          200          200          200          200          404          200
GET /api/orgs/:org/items/:item                                                            closed        401          404          200          404          200          200          404          200
GET /api/orgs/:org/items/:item                                                            closedRemoved 401          404          404          404          200          200          404          200
GET /api/orgs/:org/items/:item                                                            withdrawn     401          404          404          404          200          404          404          200
GET /api/orgs/:org/items/:item/history                                                    draft         401          404          404          404          200          404          404          200
GET /api/orgs/:org/items/:item/history                                                    submitted     401          404          404          404          200          200          404          200
GET /api/orgs/:org/items/:item/history                                                    published     401          200          200          200          200          200          404          200
GET /api/orgs/:org/items/:item/history                                                    closed        401          404          200          404          200          200          404          200
GET /api/orgs/:org/items/:item/history                                                    closedRemoved 401          404          404          404          200          200          404          200
GET /api/orgs/:org/items/:item/history                                                    withdrawn     401          404          404          404          200          404          404          200
PATCH /api/orgs/:org/items/:item                                                          draft         401          404          404          404          200          404          404          200
PATCH /api/orgs/:org/items/:item                                                          submitted     401          404          404          404          200          403          404          200
PATCH /api/orgs/:org/items/:item                                                          published     401          403          403          403          409          403          404          409
PATCH /api/orgs/:org/items/:item                                                          closed        401          404          403          404          409          403          404          409
PATCH /api/orgs/:org/items/:item                                                          closedRemoved 401          404          404          404          409          403          404          409
PATCH /api/orgs/:org/items/:item                                                          withdrawn     401          404          404          404          403          404          404          403
POST /api/orgs/:org/items/:item/submit                                                    draft         401          404          404          404          403          404          404          403
POST /api/orgs/:org/items/:item/submit                                                    submitted     401          404          404          404          403          403          404          403
POST /api/orgs/:org/items/:item/submit                                                    published     401          403          403          403          403          403          404          403
POST /api/orgs/:org/items/:item/submit                                                    closed        401          404          403          404          403          403          404          403
POST /api/orgs/:org/items/:item/submit                                                    closedRemoved 401          404          404          404          403          403          404          403
POST /api/orgs/:org/items/:item/submit                                                    withdrawn     401          404          404          404          403          404          404          403
POST /api/orgs/:org/items/:item/decision                                                  draft         401          404          404          404          403          404          404          403
POST /api/orgs/:org/items/:item/decision                                                  submitted     401          404          404          404          403          200          404          403
POST /api/orgs/:org/items/:item/decision                                                  published     401          403          403          403          403          409          404          403
POST /api/orgs/:org/items/:item/decision                                                  closed        401          404          403          404          403          409          404          403
POST /api/orgs/:org/items/:item/decision                                                  closedRemoved 401          404          404          404          403          409          404          403
POST /api/orgs/:org/items/:item/decision                                                  withdrawn     401          404          404          404          403          404          404          403
POST /api/orgs/:org/items/:item/withdraw                                                  draft         401          404          404          404          200          404          404          200
POST /api/orgs/:org/items/:item/withdraw                                                  submitted     401          404          404          404          200          403          404          200
POST /api/orgs/:org/items/:item/withdraw                                                  published     401          403          403          403          409          403          404          409
POST /api/orgs/:org/items/:item/withdraw                                                  closed        401          404          403          404          409          403          404          409
POST /api/orgs/:org/items/:item/withdraw                                                  closedRemoved 401          404          404          404          409          403          404          409
POST /api/orgs/:org/items/:item/withdraw                                                  withdrawn     401          404          404          404          409          404          404          409
POST /api/orgs/:org/items/:item/schedule                                                  draft         401          404          404          404          409          404          404          409
POST /api/orgs/:org/items/:item/schedule                                                  submitted     401          404          404          404          409          403          404          409
POST /api/orgs/:org/items/:item/schedule                                                  published     401          403          403          403          409          403          404          409
POST /api/orgs/:org/items/:item/schedule                                                  closed        401          404          403          404          409          403          404          409
POST /api/orgs/:org/items/:item/schedule                                                  closedRemoved 401          404          404          404          409          403          404          409
POST /api/orgs/:org/items/:item/schedule                                                  withdrawn     401          404          404          404          409          404          404          409
POST /api/orgs/:org/items/:item/unschedule                                                draft         401          404          404          404          409          404          404          409
POST /api/orgs/:org/items/:item/unschedule                                                submitted     401          404          404          404          409          403          404          409
POST /api/orgs/:org/items/:item/unschedule                                                published     401          403          403          403          409          403          404          409
POST /api/orgs/:org/items/:item/unschedule                                                closed        401          404          403          404          409          403          404          409
POST /api/orgs/:org/items/:item/unschedule                                                closedRemoved 401          404          404          404          409          403          404          409
POST /api/orgs/:org/items/:item/unschedule                                                withdrawn     401          404          404          404          409          404          404          409
POST /api/orgs/:org/items/:item/attachments                                               draft         401          404          404          404          201          404          404          201
POST /api/orgs/:org/items/:item/attachments                                               submitted     401          404          404          404          201          403          404          201
POST /api/orgs/:org/items/:item/attachments                                               published     401          403          403          403          403          403          404          403
POST /api/orgs/:org/items/:item/attachments                                               closed        401          404          403          404          403          403          404          403
POST /api/orgs/:org/items/:item/attachments                                               closedRemoved 401          404          404          404          403          403          404          403
POST /api/orgs/:org/items/:item/attachments                                               withdrawn     401          404          404          404          403          404          404          403
GET /api/orgs/:org/items/:item/attachments                                                draft         401          404          404          404          200          404          404          200
GET /api/orgs/:org/items/:item/attachments                                                submitted     401          404          404          404          200          200          404          200
GET /api/orgs/:org/items/:item/attachments                                                published     401          200          200          200          200          200          404          200
GET /api/orgs/:org/items/:item/attachments                                                closed        401          404          200          404          200          200          404          200
GET /api/orgs/:org/items/:item/attachments                                                closedRemoved 401          404          404          404          200          200          404          200
GET /api/orgs/:org/items/:item/attachments                                                withdrawn     401          404          404          404          200          404          404          200
GET /api/orgs/:org/items/:item/attachments/:attachment/content                            draft         401          404          404          404          200          404          404          200
GET /api/orgs/:org/items/:item/attachments/:attachment/content                            submitted     401          404          404          404          200          200          404          200
GET /api/orgs/:org/items/:item/attachments/:attachment/content                            published     401          200          200          200          200          200          404          200
GET /api/orgs/:org/items/:item/attachments/:attachment/content                            closed        401          404          200          404          200          200          404          200
GET /api/orgs/:org/items/:item/attachments/:attachment/content                            closedRemoved 401          404          404          404          200          200          404          200
GET /api/orgs/:org/items/:item/attachments/:attachment/content                            withdrawn     401          404          404          404          200          404          404          200
DELETE /api/orgs/:org/items/:item/attachments/:attachment                                 draft         401          404          404          404          204          404          404          204
DELETE /api/orgs/:org/items/:item/attachments/:attachment                                 submitted     401          404          404          404          204          403          404          204
DELETE /api/orgs/:org/items/:item/attachments/:attachment                                 published     401          403          403          403          403          403          404          403
DELETE /api/orgs/:org/items/:item/attachments/:attachment                                 closed        401          404          403          404          403          403          404          403
DELETE /api/orgs/:org/items/:item/attachments/:attachment                                 closedRemoved 401          404          404          404          403          403          404          403
DELETE /api/orgs/:org/items/:item/attachments/:attachment                                 withdrawn     401          404          404          404          403          404          404          403
GET /api/orgs/:org/forums/:forum/meetings/:meeting/agenda                                 -             401          403          403          403          200          403          404          200
PUT /api/orgs/:org/forums/:forum/meetings/:meeting/agenda/order                           -             401          403          403          403          200          403          404          200
POST /api/orgs/:org/forums/:forum/meetings/:meeting/agenda/publish                        -             401          403          403          403          201          403          404          409
GET /api/orgs/:org/forums/:forum/meetings/:meeting/agenda/versions                        -             401          200          200          200          200          200          404          200
GET /api/orgs/:org/forums/:forum/meetings/:meeting/agenda/versions/:version               -             401          200          200          200          200          200          404          200
GET /api/orgs/:org/forums/:forum/meetings/:meeting/attendance                             -             401          403          200          403          200          200          404          200
POST /api/orgs/:org/forums/:forum/meetings/:meeting/absence                               -             401          403          200          403          200          200          404          200
DELETE /api/orgs/:org/forums/:forum/meetings/:meeting/absence                             -             401          403          200          403          200          200          404          200
POST /api/orgs/:org/forums/:forum/meetings/:meeting/guests                                -             401          403          403          403          201          403          404          201
GET /api/orgs/:org/forums/:forum/meetings/:meeting/minutes/items                          -             401          403          403          403          200          403          404          200
PUT /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes                    draft         401          403          403          403          409          403          404          409
PUT /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes                    submitted     401          403          403          403          409          403          404          409
PUT /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes                    published     401          403          403          403          200          403          404          200
PUT /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes                    closed        401          403          403          403          200          403          404          200
PUT /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes                    closedRemoved 401          403          403          403          200          403          404          200
PUT /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes                    withdrawn     401          403          403          403          409          403          404          409
POST /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes/finalise          draft         401          403          403          403          409          403          404          409
POST /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes/finalise          submitted     401          403          403          403          409          403          404          409
POST /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes/finalise          published     401          403          403          403          400          403          404          400
POST /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes/finalise          closed        401          403          403          403          400          403          404          400
POST /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes/finalise          closedRemoved 401          403          403          403          400          403          404          400
POST /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes/finalise          withdrawn     401          403          403          403          409          403          404          409
POST /api/orgs/:org/forums/:forum/meetings/:meeting/postpone-remaining                    -             401          403          403          403          200          403          404          200
GET /api/orgs/:org/forums/:forum/follow-ups                                               -             401          403          200          403          200          200          404          200
GET /api/orgs/:org/people/:person/follow-ups                                              -             401          403          403          403          403          403          404          403
POST /api/orgs/:org/follow-ups/:followUp/complete                                         -             401          403          403          403          200          403          404          409
GET /api/orgs/:org/people/:person/work                                                    -             401          403          403          403          403          403          404          403
GET /api/orgs/:org/items/:item/notes                                                      draft         401          404          404          404          200          404          404          200
GET /api/orgs/:org/items/:item/notes                                                      submitted     401          404          404          404          200          200          404          200
GET /api/orgs/:org/items/:item/notes                                                      published     401          200          200          200          200          200          404          200
GET /api/orgs/:org/items/:item/notes                                                      closed        401          404          200          404          200          200          404          200
GET /api/orgs/:org/items/:item/notes                                                      closedRemoved 401          404          404          404          200          200          404          200
GET /api/orgs/:org/items/:item/notes                                                      withdrawn     401          404          404          404          200          404          404          200
PUT /api/orgs/:org/items/:item/notes                                                      draft         401          404          404          404          200          404          404          200
PUT /api/orgs/:org/items/:item/notes                                                      submitted     401          404          404          404          200          200          404          200
PUT /api/orgs/:org/items/:item/notes                                                      published     401          200          200          200          200          200          404          200
PUT /api/orgs/:org/items/:item/notes                                                      closed        401          404          200          404          200          200          404          200
PUT /api/orgs/:org/items/:item/notes                                                      closedRemoved 401          404          404          404          200          200          404          200
PUT /api/orgs/:org/items/:item/notes                                                      withdrawn     401          404          404          404          200          404          404          200
GET /api/orgs/:org/forums/:forum/meetings/:meeting/minutes/draft                          -             401          403          200          403          200          200          404          200
POST /api/orgs/:org/forums/:forum/meetings/:meeting/minutes/review                        -             401          403          403          403          200          403          404          409
POST /api/orgs/:org/forums/:forum/meetings/:meeting/minutes/publish                       -             401          403          403          403          200          403          404          400
GET /api/orgs/:org/forums/:forum/meetings/:meeting/minutes/versions                       -             401          200          200          200          200          200          404          200
GET /api/orgs/:org/forums/:forum/meetings/:meeting/minutes/versions/:version              -             401          200          200          200          200          200          404          200
POST /api/orgs/:org/forums/:forum/meetings/:meeting/minutes/approve                       -             401          403          200          403          403          200          404          200
GET /api/orgs/:org/forums/:forum/meetings/:meeting/minutes/approvals                      -             401          403          200          403          200          200          404          200
GET /api/orgs/:org/forums/:forum/meetings/:meeting/minutes/communication                  -             401          200          200          200          200          200          404          200
PUT /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes/correction         draft         401          403          403          403          404          403          404          404
PUT /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes/correction         submitted     401          403          403          403          404          403          404          404
PUT /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes/correction         published     401          403          403          403          404          403          404          404
PUT /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes/correction         closed        401          403          403          403          404          403          404          404
PUT /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes/correction         closedRemoved 401          403          403          403          404          403          404          404
PUT /api/orgs/:org/forums/:forum/meetings/:meeting/items/:item/minutes/correction         withdrawn     401          403          403          403          404          403          404          404
GET /api/orgs/:org/forums/:forum/meetings/:meeting/documents/:kind/:version/:format       -             401          200          200          200          200          200          404          200
GET /feeds/:token/mine.ics                                                                -             200          200          200          200          200          200          200          200
GET /feeds/:token/forums/:forum.ics                                                       -             200          200          200          200          200          200          200          200
POST /api/orgs/:org/people/:person/feed-token                                             -             401          403          403          403          403          403          404          403
POST /api/orgs/:org/people/:person/password                                               -             401          403          403          403          403          403          404          403
GET /api/orgs/:org/search                                                                 -             401          200          200          200          200          200          404          200
GET /api/orgs/:org/people/:person/audit                                                   -             401          403          403          403          403          403          404          403
GET /api/orgs/:org/year                                                                   -             401          200          200          200          200          200          404          200
GET /api/orgs/:org/forums/:forum/wheel                                                    -             401          403          200          403          200          200          404          200
POST /api/orgs/:org/forums/:forum/wheel                                                   -             401          403          403          403          201          403          404          201
PATCH /api/orgs/:org/forums/:forum/wheel/:wheelEntry                                      -             401          403          403          403          200          403          404          200
DELETE /api/orgs/:org/forums/:forum/wheel/:wheelEntry                                     -             401          403          403          403          204          403          404          404
GET /api/orgs/:org/forums/:forum/theme-plan                                               -             401          403          200          403          200          200          404          200
GET /api/orgs/:org/forums/:forum/theme-plan/proposal                                      -             401          403          200          403          200          200          404          200
POST /api/orgs/:org/forums/:forum/theme-plan                                              -             401          403          403          403          201          403          404          201
PATCH /api/orgs/:org/forums/:forum/theme-plan/:themeAssignment                            -             401          403          403          403          200          403          404          200
GET /api/orgs/:org/forums/:forum/themes                                                   -             401          403          200          403          200          200          404          200
POST /api/orgs/:org/forums/:forum/themes                                                  -             401          403          201          403          201          201          404          201
POST /api/orgs/:org/forums/:forum/themes/:theme/select                                    -             401          403          403          403          403          403          404          200
POST /api/orgs/:org/forums/:forum/themes/:theme/unselect                                  -             401          403          403          403          403          403          404          200
GET /api/orgs/:org/forums/:forum/leaders-days                                             -             401          403          200          403          200          200          404          200
POST /api/orgs/:org/forums/:forum/leaders-days                                            -             401          403          403          403          201          403          404          201
GET /api/orgs/:org/forums/:forum/leaders-days/:day                                        -             401          403          200          403          200          200          404          200
PATCH /api/orgs/:org/forums/:forum/leaders-days/:day                                      -             401          403          403          403          200          403          404          200
POST /api/orgs/:org/forums/:forum/leaders-days/:day/registration                          -             401          403          201          403          201          201          404          201
DELETE /api/orgs/:org/forums/:forum/leaders-days/:day/registration                        -             401          403          200          403          200          200          404          200
POST /api/orgs/:org/forums/:forum/leaders-days/:day/files                                 -             401          403          403          403          201          403          404          201
GET /api/orgs/:org/forums/:forum/leaders-days/:day/files/:file                            -             401          403          404          403          200          200          404          200
DELETE /api/orgs/:org/forums/:forum/leaders-days/:day/files/:file                         -             401          403          403          403          204          403          404          404
GET /api/orgs/:org/forums/:forum/groups                                                   -             401          200          200          200          200          200          404          200
POST /api/orgs/:org/forums/:forum/groups                                                  -             401          403          403          403          201          403          404          201
GET /api/orgs/:org/forums/:forum/groups/:group                                            -             401          403          200          403          200          200          404          200
PATCH /api/orgs/:org/forums/:forum/groups/:group                                          -             401          403          403          403          200          403          404          200
GET /api/orgs/:org/people/:person/groups                                                  -             401          403          403          403          403          403          404          403
POST /api/orgs/:org/forums/:forum/programmes                                              -             401          403          403          403          201          403          404          201
GET /api/orgs/:org/forums/:forum/programmes/:year                                         -             401          200          200          200          200          200          404          200
GET /api/orgs/:org/forums/:forum/programmes/:year/export                                  -             401          200          200          200          200          200          404          200
POST /api/orgs/:org/forums/:forum/programmes/:year/initiatives                            -             401          403          403          403          201          403          404          201
PATCH /api/orgs/:org/forums/:forum/programmes/:year/initiatives/:initiative               -             401          403          403          403          200          403          404          200
DELETE /api/orgs/:org/forums/:forum/programmes/:year/initiatives/:initiative              -             401          403          403          403          204          403          404          404
GET /api/orgs/:org/forums/:forum/dashboard                                                -             401          403          200          403          200          200          404          200
`;
