stub: upstream file of 11339 bytes
