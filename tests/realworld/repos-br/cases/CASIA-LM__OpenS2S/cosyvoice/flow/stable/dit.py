stub: upstream file of 16243 bytes
