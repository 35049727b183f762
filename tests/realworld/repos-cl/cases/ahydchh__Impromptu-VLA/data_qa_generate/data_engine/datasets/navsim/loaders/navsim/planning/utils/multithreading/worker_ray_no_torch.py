stub: upstream file of 6914 bytes
