stub: upstream file of 46190 bytes
