stub: upstream file of 19174 bytes
