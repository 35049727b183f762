stub: upstream file of 68333 bytes
