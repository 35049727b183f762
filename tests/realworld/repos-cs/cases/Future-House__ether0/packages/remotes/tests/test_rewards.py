stub: upstream file of 4448 bytes
