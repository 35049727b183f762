stub: upstream file of 40496 bytes
