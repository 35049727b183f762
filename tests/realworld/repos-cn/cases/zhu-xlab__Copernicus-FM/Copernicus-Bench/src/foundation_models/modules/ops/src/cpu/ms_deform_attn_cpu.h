stub: upstream file of 1135 bytes
