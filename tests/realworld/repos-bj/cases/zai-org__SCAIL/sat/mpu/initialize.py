stub: upstream file of 12991 bytes
