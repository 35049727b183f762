stub: upstream file of 4593 bytes
