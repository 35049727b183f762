stub: upstream file of 10998 bytes
