stub: upstream file of 92758 bytes
