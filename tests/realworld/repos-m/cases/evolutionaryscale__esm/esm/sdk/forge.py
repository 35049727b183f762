stub: upstream file of 40843 bytes
