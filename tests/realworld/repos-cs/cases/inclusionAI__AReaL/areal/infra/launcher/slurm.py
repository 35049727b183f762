stub: upstream file of 26156 bytes
