stub: upstream file of 17694 bytes
