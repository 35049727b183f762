stub: upstream file of 6288 bytes
