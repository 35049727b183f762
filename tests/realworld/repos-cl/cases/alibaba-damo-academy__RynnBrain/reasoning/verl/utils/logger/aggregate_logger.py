stub: upstream file of 4808 bytes
