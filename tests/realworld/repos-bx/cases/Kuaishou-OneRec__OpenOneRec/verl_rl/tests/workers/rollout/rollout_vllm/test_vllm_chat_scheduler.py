stub: upstream file of 8787 bytes
