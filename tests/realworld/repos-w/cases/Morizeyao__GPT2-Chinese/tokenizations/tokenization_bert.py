stub: upstream file of 19390 bytes
