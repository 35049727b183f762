stub: upstream file of 2591 bytes
