stub: upstream file of 24812 bytes
