stub: upstream file of 40022 bytes
