stub: upstream file of 41386 bytes
