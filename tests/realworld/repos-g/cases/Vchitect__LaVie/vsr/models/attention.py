stub: upstream file of 35123 bytes
