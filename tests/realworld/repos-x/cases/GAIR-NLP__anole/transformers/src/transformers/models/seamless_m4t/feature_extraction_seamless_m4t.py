stub: upstream file of 13561 bytes
