stub: upstream file of 1291 bytes
