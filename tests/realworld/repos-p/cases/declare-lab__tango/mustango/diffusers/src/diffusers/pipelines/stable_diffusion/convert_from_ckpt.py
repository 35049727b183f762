stub: upstream file of 58040 bytes
