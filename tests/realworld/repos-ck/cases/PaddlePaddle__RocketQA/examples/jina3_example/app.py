stub: upstream file of 4548 bytes
