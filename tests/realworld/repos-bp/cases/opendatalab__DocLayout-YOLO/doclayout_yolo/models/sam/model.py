stub: upstream file of 4712 bytes
