stub: upstream file of 13480 bytes
