stub: upstream file of 68737 bytes
