stub: upstream file of 24732 bytes
