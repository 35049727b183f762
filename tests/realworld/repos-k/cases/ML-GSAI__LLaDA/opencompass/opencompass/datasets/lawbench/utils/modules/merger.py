stub: upstream file of 12283 bytes
