stub: upstream file of 39361 bytes
