stub: upstream file of 43129 bytes
