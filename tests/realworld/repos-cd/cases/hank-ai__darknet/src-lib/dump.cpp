stub: upstream file of 23417 bytes
