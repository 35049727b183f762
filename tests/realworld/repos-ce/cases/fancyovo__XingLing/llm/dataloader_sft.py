stub: upstream file of 6210 bytes
