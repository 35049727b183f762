stub: upstream file of 16547 bytes
