stub: upstream file of 6738 bytes
