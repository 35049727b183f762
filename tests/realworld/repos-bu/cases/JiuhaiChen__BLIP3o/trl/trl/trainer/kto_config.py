stub: upstream file of 11205 bytes
