stub: upstream file of 94233 bytes
