stub: upstream file of 11601 bytes
