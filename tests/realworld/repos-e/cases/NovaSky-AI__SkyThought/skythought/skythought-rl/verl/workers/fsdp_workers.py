stub: upstream file of 57262 bytes
