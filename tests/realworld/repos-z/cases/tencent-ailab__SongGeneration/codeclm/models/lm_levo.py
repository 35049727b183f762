stub: upstream file of 28481 bytes
