stub: upstream file of 7824 bytes
