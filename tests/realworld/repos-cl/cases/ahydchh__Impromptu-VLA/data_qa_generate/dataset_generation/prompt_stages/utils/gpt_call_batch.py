stub: upstream file of 4613 bytes
