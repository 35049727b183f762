stub: upstream file of 18265 bytes
