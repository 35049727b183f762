stub: upstream file of 14555 bytes
