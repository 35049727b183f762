stub: upstream file of 47386 bytes
