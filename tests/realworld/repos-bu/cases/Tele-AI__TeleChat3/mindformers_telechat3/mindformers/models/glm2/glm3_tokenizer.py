stub: upstream file of 19136 bytes
