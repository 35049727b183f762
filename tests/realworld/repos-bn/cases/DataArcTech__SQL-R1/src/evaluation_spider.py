stub: upstream file of 38650 bytes
