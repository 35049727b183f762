stub: upstream file of 31003 bytes
