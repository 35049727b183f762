stub: upstream file of 29181 bytes
