stub: upstream file of 14085 bytes
