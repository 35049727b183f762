stub: upstream file of 12699 bytes
