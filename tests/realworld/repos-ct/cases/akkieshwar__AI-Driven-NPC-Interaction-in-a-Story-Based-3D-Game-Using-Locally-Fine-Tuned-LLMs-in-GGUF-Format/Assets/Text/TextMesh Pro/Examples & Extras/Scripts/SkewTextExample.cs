stub: upstream file of 6837 bytes
