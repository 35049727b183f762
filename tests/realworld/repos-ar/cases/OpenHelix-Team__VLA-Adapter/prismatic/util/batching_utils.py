stub: upstream file of 12141 bytes
