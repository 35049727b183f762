stub: upstream file of 1735 bytes
