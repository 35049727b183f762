stub: upstream file of 9731 bytes
