stub: upstream file of 11023 bytes
