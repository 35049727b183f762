stub: upstream file of 2580 bytes
