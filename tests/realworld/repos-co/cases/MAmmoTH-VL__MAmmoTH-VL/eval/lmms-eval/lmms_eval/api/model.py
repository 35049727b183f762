stub: upstream file of 7996 bytes
