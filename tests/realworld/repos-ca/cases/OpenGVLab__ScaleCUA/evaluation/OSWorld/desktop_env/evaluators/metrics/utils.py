stub: upstream file of 28386 bytes
