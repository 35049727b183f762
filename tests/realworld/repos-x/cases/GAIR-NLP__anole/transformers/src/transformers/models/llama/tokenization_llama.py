stub: upstream file of 21883 bytes
