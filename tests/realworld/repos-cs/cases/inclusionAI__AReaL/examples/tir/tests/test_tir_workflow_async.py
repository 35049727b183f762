stub: upstream file of 3386 bytes
