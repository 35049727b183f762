stub: upstream file of 5838 bytes
