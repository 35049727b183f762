stub: upstream file of 16058 bytes
