stub: upstream file of 158350 bytes
