stub: upstream file of 3187 bytes
