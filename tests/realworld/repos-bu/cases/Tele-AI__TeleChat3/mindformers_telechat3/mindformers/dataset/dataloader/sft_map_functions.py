stub: upstream file of 14138 bytes
