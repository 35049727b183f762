stub: upstream file of 13422 bytes
