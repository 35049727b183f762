stub: upstream file of 18770 bytes
