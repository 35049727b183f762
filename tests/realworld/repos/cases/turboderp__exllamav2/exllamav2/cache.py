stub: upstream file of 23633 bytes
