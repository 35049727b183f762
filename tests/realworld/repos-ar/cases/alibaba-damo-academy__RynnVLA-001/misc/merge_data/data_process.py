stub: upstream file of 7709 bytes
