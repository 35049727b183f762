stub: upstream file of 13043 bytes
