stub: upstream file of 9352 bytes
