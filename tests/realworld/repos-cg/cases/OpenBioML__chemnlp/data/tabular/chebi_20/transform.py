stub: upstream file of 9187 bytes
