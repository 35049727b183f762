stub: upstream file of 46123 bytes
