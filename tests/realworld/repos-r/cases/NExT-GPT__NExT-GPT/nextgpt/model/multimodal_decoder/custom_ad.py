stub: upstream file of 29170 bytes
