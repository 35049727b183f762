stub: upstream file of 9139 bytes
