stub: upstream file of 13590 bytes
