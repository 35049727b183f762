stub: upstream file of 13650 bytes
