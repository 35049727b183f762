stub: upstream file of 4699 bytes
