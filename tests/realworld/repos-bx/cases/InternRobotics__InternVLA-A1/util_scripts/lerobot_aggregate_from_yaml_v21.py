stub: upstream file of 26235 bytes
