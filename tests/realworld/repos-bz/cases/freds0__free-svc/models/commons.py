stub: upstream file of 5417 bytes
