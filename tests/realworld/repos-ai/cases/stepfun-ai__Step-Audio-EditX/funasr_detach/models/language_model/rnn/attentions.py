stub: upstream file of 67035 bytes
