stub: upstream file of 31772 bytes
