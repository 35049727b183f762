stub: upstream file of 9765 bytes
