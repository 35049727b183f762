stub: upstream file of 23668 bytes
