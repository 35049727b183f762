stub: upstream file of 24353 bytes
