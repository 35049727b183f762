stub: upstream file of 2317 bytes
