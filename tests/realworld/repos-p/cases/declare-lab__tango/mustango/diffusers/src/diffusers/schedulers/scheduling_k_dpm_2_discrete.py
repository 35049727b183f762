stub: upstream file of 14303 bytes
