stub: upstream file of 1122477 bytes
