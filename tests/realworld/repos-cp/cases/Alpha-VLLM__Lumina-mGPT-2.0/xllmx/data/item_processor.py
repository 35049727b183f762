stub: upstream file of 10666 bytes
