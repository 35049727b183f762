stub: upstream file of 15152 bytes
