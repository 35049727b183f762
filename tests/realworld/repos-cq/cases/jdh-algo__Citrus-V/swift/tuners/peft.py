stub: upstream file of 15697 bytes
