stub: upstream file of 39239 bytes
