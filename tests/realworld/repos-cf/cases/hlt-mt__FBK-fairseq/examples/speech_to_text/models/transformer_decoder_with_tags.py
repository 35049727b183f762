stub: upstream file of 8706 bytes
