stub: upstream file of 31626 bytes
