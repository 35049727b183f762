stub: upstream file of 45167 bytes
