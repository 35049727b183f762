stub: upstream file of 15699 bytes
