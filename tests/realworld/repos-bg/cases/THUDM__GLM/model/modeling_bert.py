stub: upstream file of 68992 bytes
