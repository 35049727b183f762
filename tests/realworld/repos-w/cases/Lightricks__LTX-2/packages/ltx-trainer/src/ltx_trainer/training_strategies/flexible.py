stub: upstream file of 29442 bytes
