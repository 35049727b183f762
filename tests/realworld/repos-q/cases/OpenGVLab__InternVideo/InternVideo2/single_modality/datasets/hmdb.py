stub: upstream file of 27930 bytes
