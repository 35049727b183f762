stub: upstream file of 1129 bytes
