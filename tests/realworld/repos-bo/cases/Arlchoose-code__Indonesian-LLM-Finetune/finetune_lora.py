stub: upstream file of 17590 bytes
