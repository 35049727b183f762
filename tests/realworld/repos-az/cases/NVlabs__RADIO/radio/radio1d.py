stub: upstream file of 78608 bytes
