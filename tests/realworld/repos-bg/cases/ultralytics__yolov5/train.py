stub: upstream file of 46940 bytes
