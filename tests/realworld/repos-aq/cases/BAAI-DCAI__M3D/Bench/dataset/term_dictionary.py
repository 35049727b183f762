stub: upstream file of 330650 bytes
