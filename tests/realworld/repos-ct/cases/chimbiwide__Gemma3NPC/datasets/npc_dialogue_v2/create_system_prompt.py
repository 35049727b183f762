stub: upstream file of 2600 bytes
