stub: upstream file of 33305 bytes
