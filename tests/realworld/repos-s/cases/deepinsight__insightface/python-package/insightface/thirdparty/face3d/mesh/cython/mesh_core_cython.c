stub: upstream file of 399765 bytes
