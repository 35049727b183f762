stub: upstream file of 5695 bytes
