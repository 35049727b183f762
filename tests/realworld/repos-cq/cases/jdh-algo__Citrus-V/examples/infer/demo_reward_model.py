stub: upstream file of 1190 bytes
