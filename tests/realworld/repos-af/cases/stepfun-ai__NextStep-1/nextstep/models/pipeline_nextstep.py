stub: upstream file of 16546 bytes
