stub: upstream file of 1850 bytes
