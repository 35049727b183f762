stub: upstream file of 22814 bytes
