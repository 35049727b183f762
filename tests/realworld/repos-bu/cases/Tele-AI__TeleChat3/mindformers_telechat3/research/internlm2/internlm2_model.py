stub: upstream file of 43765 bytes
