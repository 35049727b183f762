stub: upstream file of 1107 bytes
