stub: upstream file of 50675 bytes
