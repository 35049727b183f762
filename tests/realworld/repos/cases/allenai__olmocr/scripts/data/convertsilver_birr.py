stub: upstream file of 13083 bytes
