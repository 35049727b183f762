stub: upstream file of 35644 bytes
