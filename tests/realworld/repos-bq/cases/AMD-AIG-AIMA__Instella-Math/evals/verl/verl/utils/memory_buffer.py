stub: upstream file of 7964 bytes
