stub: upstream file of 27929 bytes
