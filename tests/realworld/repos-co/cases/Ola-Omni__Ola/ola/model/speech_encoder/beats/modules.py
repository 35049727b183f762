stub: upstream file of 7386 bytes
