stub: upstream file of 8758 bytes
