stub: upstream file of 4765 bytes
