stub: upstream file of 14824 bytes
