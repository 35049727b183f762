stub: upstream file of 46291 bytes
