stub: upstream file of 21213 bytes
