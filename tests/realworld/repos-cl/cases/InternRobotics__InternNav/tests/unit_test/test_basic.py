stub: upstream file of 596 bytes
