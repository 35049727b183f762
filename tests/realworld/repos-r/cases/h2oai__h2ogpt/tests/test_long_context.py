stub: upstream file of 29714 bytes
