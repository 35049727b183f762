stub: upstream file of 37604 bytes
