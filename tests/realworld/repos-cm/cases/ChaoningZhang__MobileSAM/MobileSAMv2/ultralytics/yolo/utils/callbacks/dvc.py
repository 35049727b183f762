stub: upstream file of 4301 bytes
