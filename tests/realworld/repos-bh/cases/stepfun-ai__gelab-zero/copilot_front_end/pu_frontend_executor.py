stub: upstream file of 16148 bytes
