stub: upstream file of 1187 bytes
