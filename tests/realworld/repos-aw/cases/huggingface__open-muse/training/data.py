stub: upstream file of 24784 bytes
