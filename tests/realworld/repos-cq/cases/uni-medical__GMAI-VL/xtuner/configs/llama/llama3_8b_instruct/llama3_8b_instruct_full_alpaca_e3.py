stub: upstream file of 6703 bytes
