stub: upstream file of 7033 bytes
