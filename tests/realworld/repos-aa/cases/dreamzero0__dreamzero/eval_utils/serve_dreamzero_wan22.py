stub: upstream file of 16754 bytes
