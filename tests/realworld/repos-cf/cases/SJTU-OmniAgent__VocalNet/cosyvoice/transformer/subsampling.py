stub: upstream file of 12666 bytes
