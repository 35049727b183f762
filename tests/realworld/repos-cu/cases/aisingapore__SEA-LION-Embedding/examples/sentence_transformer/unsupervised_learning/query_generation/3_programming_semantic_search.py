stub: upstream file of 2162 bytes
