stub: upstream file of 15507 bytes
