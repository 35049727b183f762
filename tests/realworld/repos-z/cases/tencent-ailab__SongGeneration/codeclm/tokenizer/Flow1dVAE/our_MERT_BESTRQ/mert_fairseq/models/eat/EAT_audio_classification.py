stub: upstream file of 19496 bytes
