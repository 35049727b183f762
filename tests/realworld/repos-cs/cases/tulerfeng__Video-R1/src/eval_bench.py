stub: upstream file of 10448 bytes
