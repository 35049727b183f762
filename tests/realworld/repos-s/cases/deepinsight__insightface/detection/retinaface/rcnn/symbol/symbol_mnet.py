stub: upstream file of 38136 bytes
