stub: upstream file of 10528 bytes
