stub: upstream file of 38142 bytes
