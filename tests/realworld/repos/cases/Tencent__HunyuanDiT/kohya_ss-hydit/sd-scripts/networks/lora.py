stub: upstream file of 62267 bytes
