stub: upstream file of 28818 bytes
