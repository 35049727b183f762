stub: upstream file of 9957 bytes
