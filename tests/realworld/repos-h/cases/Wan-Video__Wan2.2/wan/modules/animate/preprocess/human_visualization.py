stub: upstream file of 44228 bytes
