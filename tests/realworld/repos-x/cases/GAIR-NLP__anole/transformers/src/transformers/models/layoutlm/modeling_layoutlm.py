stub: upstream file of 61013 bytes
