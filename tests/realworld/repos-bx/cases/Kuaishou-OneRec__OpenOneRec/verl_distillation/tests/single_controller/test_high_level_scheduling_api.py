stub: upstream file of 3784 bytes
