stub: upstream file of 1141 bytes
