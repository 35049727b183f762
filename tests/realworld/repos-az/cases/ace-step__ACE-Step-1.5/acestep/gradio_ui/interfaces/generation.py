stub: upstream file of 39466 bytes
