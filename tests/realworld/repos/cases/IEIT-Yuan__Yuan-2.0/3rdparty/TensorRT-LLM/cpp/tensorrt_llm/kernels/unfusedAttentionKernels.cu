stub: upstream file of 74285 bytes
