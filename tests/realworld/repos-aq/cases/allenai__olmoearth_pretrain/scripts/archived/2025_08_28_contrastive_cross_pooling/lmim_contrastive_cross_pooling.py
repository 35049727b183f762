stub: upstream file of 11549 bytes
