stub: upstream file of 23480 bytes
