stub: upstream file of 4635 bytes
