stub: upstream file of 7130 bytes
