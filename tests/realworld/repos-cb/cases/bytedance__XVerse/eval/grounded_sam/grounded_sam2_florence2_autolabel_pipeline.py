stub: upstream file of 14399 bytes
