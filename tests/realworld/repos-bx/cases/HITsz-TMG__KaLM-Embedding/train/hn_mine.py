stub: upstream file of 12598 bytes
