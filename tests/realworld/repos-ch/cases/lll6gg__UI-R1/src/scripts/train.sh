stub: upstream file of 1195 bytes
