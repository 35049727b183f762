stub: upstream file of 40246 bytes
