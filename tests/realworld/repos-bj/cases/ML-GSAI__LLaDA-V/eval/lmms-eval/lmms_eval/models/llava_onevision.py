stub: upstream file of 42937 bytes
