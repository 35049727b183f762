stub: upstream file of 355999 bytes
