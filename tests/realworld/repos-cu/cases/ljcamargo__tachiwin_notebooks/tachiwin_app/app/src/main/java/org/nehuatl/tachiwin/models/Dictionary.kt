stub: upstream file of 4754 bytes
