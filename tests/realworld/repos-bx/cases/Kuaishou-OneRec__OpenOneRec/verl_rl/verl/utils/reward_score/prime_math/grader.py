stub: upstream file of 14563 bytes
