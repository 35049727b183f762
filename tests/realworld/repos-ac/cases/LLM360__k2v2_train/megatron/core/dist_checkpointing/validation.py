stub: upstream file of 23914 bytes
