stub: upstream file of 4386 bytes
