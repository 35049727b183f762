stub: upstream file of 23233 bytes
