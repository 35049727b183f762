stub: upstream file of 32527 bytes
