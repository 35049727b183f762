stub: upstream file of 24738 bytes
