stub: upstream file of 2951 bytes
