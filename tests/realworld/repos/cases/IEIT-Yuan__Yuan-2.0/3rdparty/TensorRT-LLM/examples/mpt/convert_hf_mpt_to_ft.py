stub: upstream file of 15837 bytes
