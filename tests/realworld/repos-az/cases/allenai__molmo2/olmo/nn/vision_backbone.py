stub: upstream file of 33194 bytes
