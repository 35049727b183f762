stub: upstream file of 6416 bytes
