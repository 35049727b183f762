stub: upstream file of 10442 bytes
