stub: upstream file of 61568 bytes
