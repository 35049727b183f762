stub: upstream file of 36498 bytes
