stub: upstream file of 6118 bytes
