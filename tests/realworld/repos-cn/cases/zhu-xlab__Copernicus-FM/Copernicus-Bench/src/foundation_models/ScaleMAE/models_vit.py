stub: upstream file of 2999 bytes
