stub: upstream file of 1216 bytes
