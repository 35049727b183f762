stub: upstream file of 61141 bytes
