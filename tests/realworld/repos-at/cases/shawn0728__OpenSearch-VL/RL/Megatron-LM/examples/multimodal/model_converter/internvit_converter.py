stub: upstream file of 7216 bytes
