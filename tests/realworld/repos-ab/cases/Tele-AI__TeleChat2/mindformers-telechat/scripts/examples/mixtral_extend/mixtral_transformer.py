stub: upstream file of 40216 bytes
