stub: upstream file of 34481 bytes
