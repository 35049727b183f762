stub: upstream file of 18317 bytes
