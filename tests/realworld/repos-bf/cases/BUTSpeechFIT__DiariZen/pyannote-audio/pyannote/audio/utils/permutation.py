stub: upstream file of 8785 bytes
