stub: upstream file of 17249 bytes
