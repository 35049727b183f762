stub: upstream file of 92202 bytes
