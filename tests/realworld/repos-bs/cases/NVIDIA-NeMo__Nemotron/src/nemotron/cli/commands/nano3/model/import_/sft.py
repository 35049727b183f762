stub: upstream file of 2765 bytes
