stub: upstream file of 2646 bytes
