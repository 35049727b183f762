stub: upstream file of 50838 bytes
