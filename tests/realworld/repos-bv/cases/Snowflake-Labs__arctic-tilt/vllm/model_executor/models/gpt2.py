stub: upstream file of 12703 bytes
