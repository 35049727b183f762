stub: upstream file of 9442 bytes
