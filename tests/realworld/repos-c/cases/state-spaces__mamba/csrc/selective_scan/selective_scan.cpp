stub: upstream file of 21689 bytes
