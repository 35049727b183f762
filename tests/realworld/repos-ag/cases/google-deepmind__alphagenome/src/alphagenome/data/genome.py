stub: upstream file of 35571 bytes
