stub: upstream file of 13023 bytes
