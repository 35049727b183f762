stub: upstream file of 38119 bytes
