stub: upstream file of 15914 bytes
