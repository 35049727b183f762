stub: upstream file of 51300 bytes
