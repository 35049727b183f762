stub: upstream file of 25347 bytes
