stub: upstream file of 38293 bytes
