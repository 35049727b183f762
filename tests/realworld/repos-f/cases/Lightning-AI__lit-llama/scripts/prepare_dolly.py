stub: upstream file of 5244 bytes
