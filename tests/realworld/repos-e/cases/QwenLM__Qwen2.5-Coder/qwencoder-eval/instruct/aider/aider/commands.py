stub: upstream file of 40836 bytes
