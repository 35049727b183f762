stub: upstream file of 9450 bytes
