stub: upstream file of 3596 bytes
