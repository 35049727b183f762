stub: upstream file of 10957 bytes
