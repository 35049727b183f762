stub: upstream file of 10167 bytes
