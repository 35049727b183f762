stub: upstream file of 2249 bytes
