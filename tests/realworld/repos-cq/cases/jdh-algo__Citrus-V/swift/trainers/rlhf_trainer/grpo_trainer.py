stub: upstream file of 82474 bytes
