stub: upstream file of 12916 bytes
