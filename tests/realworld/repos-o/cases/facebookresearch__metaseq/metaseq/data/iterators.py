stub: upstream file of 32156 bytes
