stub: upstream file of 13122 bytes
