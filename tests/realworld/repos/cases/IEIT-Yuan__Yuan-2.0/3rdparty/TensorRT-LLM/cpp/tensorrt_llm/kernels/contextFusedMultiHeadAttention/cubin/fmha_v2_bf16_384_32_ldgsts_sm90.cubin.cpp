stub: upstream file of 1258132 bytes
