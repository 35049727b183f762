stub: upstream file of 6765 bytes
