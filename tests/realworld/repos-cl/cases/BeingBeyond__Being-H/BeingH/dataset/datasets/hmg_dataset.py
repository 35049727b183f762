stub: upstream file of 99 bytes
