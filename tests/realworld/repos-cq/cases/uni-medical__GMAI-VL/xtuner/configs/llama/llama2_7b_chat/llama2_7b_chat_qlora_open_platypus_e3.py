stub: upstream file of 7333 bytes
