stub: upstream file of 13596 bytes
