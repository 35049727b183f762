stub: upstream file of 31263 bytes
