stub: upstream file of 375731 bytes
