stub: upstream file of 20375 bytes
