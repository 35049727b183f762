stub: upstream file of 18332 bytes
