stub: upstream file of 44213 bytes
