stub: upstream file of 23123 bytes
