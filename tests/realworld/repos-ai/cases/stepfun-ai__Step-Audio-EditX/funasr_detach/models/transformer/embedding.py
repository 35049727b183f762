stub: upstream file of 18715 bytes
