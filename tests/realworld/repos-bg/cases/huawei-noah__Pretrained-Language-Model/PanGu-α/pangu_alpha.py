stub: upstream file of 49336 bytes
