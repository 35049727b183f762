stub: upstream file of 41527 bytes
