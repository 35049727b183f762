stub: upstream file of 4080 bytes
