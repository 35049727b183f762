stub: upstream file of 12239 bytes
