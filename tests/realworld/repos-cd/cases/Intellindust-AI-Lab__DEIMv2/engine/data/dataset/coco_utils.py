stub: upstream file of 6690 bytes
