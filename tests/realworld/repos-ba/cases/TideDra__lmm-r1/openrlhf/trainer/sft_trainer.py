stub: upstream file of 10991 bytes
