stub: upstream file of 65129 bytes
