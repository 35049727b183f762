stub: upstream file of 34442 bytes
