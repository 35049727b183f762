stub: upstream file of 26691 bytes
