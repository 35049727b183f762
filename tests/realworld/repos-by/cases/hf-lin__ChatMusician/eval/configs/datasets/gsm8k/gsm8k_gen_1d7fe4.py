stub: upstream file of 6213 bytes
