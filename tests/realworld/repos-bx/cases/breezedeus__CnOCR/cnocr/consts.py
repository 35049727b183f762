stub: upstream file of 14253 bytes
