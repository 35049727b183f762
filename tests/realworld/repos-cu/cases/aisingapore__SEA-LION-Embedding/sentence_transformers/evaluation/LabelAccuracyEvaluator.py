stub: upstream file of 3367 bytes
