stub: upstream file of 7563 bytes
