stub: upstream file of 36290 bytes
