stub: upstream file of 15740 bytes
