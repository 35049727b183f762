stub: upstream file of 37496 bytes
