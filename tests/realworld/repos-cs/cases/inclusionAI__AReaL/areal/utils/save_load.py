stub: upstream file of 3196 bytes
