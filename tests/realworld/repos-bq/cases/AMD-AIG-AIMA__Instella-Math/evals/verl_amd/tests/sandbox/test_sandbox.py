stub: upstream file of 7695 bytes
