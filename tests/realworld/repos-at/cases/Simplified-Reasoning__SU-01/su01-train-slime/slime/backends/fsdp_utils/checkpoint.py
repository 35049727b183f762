stub: upstream file of 9510 bytes
