stub: upstream file of 54639 bytes
