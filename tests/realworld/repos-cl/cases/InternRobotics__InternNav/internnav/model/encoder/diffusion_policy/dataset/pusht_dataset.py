stub: upstream file of 3217 bytes
