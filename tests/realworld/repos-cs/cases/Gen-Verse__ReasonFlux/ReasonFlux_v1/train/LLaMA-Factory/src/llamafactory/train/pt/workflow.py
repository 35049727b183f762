stub: upstream file of 3239 bytes
