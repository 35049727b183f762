stub: upstream file of 18325 bytes
