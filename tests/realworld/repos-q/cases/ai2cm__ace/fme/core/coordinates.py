stub: upstream file of 28190 bytes
