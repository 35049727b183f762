stub: upstream file of 1262003 bytes
