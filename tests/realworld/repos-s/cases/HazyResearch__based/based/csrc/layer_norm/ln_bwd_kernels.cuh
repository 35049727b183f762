stub: upstream file of 25647 bytes
