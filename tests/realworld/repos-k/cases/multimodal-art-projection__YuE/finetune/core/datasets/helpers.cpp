stub: upstream file of 26731 bytes
