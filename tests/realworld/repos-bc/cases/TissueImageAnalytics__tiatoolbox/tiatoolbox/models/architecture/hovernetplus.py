stub: upstream file of 16210 bytes
