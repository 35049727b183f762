stub: upstream file of 8726 bytes
