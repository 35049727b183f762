stub: upstream file of 28340 bytes
