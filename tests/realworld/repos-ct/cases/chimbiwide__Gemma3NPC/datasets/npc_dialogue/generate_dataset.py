stub: upstream file of 9501 bytes
