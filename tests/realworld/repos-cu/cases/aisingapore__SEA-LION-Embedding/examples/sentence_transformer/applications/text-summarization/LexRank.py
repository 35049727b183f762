stub: upstream file of 3129 bytes
