stub: upstream file of 417 bytes
