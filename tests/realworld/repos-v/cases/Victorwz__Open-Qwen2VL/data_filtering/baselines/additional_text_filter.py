stub: upstream file of 28464 bytes
