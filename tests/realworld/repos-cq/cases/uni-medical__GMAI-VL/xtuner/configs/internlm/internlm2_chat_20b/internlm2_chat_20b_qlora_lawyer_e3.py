stub: upstream file of 8284 bytes
