stub: upstream file of 6971 bytes
