stub: upstream file of 19730 bytes
