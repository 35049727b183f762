stub: upstream file of 26408 bytes
