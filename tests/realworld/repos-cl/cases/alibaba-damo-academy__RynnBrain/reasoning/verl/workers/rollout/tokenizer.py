stub: upstream file of 5640 bytes
