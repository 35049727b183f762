stub: upstream file of 24762 bytes
