stub: upstream file of 18239 bytes
