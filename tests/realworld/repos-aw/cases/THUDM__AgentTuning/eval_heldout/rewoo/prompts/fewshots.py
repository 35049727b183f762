stub: upstream file of 19334 bytes
