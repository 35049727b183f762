stub: upstream file of 20531 bytes
