stub: upstream file of 16847 bytes
