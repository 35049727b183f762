stub: upstream file of 77139 bytes
