stub: upstream file of 16746 bytes
