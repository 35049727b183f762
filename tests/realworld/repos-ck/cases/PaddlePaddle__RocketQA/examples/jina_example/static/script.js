stub: upstream file of 3567 bytes
