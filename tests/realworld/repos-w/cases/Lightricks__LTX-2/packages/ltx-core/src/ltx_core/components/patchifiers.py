stub: upstream file of 14550 bytes
