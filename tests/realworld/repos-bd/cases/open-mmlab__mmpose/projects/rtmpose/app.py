stub: upstream file of 6810 bytes
