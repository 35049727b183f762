stub: upstream file of 16956 bytes
