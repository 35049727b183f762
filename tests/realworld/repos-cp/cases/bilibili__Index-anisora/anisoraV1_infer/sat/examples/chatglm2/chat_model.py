stub: upstream file of 7736 bytes
