stub: upstream file of 13742 bytes
