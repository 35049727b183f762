stub: upstream file of 28762 bytes
