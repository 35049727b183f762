stub: upstream file of 4146 bytes
