stub: upstream file of 10199 bytes
