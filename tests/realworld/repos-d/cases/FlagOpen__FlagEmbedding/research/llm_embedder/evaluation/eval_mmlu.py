stub: upstream file of 13121 bytes
