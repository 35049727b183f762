stub: upstream file of 23312 bytes
