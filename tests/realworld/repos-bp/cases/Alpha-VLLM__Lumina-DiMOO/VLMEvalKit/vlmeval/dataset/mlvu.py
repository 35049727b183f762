stub: upstream file of 18839 bytes
