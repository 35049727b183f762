stub: upstream file of 16637 bytes
