stub: upstream file of 34336 bytes
