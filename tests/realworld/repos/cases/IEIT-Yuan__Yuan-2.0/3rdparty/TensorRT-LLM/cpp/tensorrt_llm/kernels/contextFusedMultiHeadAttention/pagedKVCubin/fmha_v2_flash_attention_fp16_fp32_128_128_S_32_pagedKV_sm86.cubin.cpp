stub: upstream file of 920417 bytes
