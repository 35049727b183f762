stub: upstream file of 20243 bytes
