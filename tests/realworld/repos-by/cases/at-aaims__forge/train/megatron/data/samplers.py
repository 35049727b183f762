stub: upstream file of 6211 bytes
