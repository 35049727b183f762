stub: upstream file of 11651 bytes
