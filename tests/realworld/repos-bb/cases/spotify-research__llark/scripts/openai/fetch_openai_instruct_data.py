stub: upstream file of 11731 bytes
