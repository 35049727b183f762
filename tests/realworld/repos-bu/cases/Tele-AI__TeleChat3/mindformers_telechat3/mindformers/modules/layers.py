stub: upstream file of 83040 bytes
