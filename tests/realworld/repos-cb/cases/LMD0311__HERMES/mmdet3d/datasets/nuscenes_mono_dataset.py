stub: upstream file of 32386 bytes
