stub: upstream file of 27300 bytes
