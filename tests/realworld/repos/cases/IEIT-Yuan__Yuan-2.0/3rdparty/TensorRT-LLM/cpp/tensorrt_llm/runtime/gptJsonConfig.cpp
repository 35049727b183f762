stub: upstream file of 15129 bytes
