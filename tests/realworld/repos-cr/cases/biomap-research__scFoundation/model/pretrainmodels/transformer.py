stub: upstream file of 1612 bytes
