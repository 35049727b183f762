stub: upstream file of 14360 bytes
