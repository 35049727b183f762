stub: upstream file of 55429 bytes
