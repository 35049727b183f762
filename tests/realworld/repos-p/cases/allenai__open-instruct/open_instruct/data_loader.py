stub: upstream file of 71129 bytes
