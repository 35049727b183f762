stub: upstream file of 8652 bytes
