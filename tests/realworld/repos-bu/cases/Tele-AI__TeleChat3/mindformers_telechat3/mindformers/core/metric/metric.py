stub: upstream file of 42995 bytes
