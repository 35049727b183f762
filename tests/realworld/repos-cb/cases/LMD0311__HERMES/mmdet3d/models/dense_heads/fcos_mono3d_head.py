stub: upstream file of 42442 bytes
