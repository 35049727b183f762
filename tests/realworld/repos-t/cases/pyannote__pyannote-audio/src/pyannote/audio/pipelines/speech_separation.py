stub: upstream file of 29568 bytes
