stub: upstream file of 7422 bytes
