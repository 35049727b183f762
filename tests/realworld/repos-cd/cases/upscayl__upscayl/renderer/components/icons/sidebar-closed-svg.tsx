stub: upstream file of 964 bytes
