stub: upstream file of 18399 bytes
