stub: upstream file of 73655 bytes
