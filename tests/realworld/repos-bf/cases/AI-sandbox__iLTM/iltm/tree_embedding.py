stub: upstream file of 36085 bytes
