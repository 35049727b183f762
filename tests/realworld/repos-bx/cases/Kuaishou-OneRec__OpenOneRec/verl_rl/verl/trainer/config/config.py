stub: upstream file of 4972 bytes
