stub: upstream file of 1205 bytes
