stub: upstream file of 138978 bytes
