stub: upstream file of 16033 bytes
