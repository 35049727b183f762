stub: upstream file of 31006 bytes
