stub: upstream file of 16626 bytes
