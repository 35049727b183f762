stub: upstream file of 8386 bytes
