stub: upstream file of 2524 bytes
