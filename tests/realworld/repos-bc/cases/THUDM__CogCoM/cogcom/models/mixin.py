stub: upstream file of 12765 bytes
