stub: upstream file of 28454 bytes
