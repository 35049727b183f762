stub: upstream file of 39183 bytes
