stub: upstream file of 43949 bytes
