stub: upstream file of 6181 bytes
