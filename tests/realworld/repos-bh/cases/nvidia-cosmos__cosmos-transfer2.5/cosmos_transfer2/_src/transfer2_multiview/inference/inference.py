stub: upstream file of 20093 bytes
