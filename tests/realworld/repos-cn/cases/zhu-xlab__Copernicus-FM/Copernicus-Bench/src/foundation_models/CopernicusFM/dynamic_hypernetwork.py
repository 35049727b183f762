stub: upstream file of 21127 bytes
