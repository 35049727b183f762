stub: upstream file of 26914 bytes
