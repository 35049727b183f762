stub: upstream file of 38023 bytes
