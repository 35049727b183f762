stub: upstream file of 9251 bytes
