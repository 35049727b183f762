stub: upstream file of 30758 bytes
