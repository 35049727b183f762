stub: upstream file of 13243 bytes
