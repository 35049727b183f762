stub: upstream file of 15695 bytes
