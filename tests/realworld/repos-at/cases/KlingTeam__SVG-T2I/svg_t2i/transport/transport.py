stub: upstream file of 16668 bytes
