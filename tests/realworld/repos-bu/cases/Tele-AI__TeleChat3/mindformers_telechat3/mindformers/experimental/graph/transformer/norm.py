stub: upstream file of 11568 bytes
