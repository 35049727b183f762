stub: upstream file of 95888 bytes
