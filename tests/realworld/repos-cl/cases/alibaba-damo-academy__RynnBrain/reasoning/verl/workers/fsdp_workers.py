stub: upstream file of 93429 bytes
