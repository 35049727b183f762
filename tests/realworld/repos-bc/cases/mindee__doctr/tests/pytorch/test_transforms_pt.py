stub: upstream file of 30568 bytes
