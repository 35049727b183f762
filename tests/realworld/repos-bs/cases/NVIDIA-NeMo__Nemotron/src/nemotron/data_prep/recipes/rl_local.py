stub: upstream file of 13420 bytes
