stub: upstream file of 16091 bytes
