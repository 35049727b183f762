stub: upstream file of 18864 bytes
