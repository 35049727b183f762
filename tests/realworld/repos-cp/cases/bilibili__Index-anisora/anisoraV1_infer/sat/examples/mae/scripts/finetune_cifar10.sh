stub: upstream file of 1591 bytes
