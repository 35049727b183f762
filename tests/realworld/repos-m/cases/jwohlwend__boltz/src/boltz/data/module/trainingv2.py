stub: upstream file of 21276 bytes
