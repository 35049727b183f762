stub: upstream file of 64073 bytes
