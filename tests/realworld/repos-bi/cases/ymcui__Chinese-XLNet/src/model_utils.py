stub: upstream file of 14078 bytes
