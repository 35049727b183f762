stub: upstream file of 31339 bytes
