stub: upstream file of 35148 bytes
