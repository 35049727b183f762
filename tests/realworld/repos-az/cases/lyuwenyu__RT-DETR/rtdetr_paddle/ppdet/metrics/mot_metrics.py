stub: upstream file of 52006 bytes
