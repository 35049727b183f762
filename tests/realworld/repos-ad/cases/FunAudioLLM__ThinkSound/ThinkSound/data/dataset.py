stub: upstream file of 50812 bytes
