stub: upstream file of 8096 bytes
