stub: upstream file of 12626 bytes
