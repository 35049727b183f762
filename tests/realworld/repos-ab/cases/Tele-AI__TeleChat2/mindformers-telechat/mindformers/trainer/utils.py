stub: upstream file of 32523 bytes
