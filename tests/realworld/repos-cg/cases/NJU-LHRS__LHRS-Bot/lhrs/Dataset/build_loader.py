stub: upstream file of 7914 bytes
