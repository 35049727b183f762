stub: upstream file of 5991 bytes
