stub: upstream file of 6331 bytes
