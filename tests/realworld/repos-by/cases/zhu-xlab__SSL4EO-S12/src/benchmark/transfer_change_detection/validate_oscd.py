stub: upstream file of 8853 bytes
