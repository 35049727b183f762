stub: upstream file of 16168 bytes
