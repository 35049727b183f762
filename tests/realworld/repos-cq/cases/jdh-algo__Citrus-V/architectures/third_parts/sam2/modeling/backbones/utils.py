stub: upstream file of 3065 bytes
