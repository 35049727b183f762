stub: upstream file of 34135 bytes
