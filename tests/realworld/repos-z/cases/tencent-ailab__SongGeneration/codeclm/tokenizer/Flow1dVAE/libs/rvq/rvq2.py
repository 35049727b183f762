stub: upstream file of 8065 bytes
