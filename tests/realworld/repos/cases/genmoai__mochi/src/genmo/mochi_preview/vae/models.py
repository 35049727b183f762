stub: upstream file of 35213 bytes
