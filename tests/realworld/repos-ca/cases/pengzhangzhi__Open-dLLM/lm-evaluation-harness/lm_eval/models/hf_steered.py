stub: upstream file of 8535 bytes
