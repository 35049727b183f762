stub: upstream file of 8756 bytes
