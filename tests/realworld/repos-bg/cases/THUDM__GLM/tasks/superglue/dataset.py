stub: upstream file of 61473 bytes
