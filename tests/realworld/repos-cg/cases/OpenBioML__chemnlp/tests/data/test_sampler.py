stub: upstream file of 22406 bytes
