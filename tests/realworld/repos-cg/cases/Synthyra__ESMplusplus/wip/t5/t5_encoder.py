stub: upstream file of 39263 bytes
