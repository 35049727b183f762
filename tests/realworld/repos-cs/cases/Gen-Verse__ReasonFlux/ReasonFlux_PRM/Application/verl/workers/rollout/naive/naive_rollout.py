stub: upstream file of 4837 bytes
