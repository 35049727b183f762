stub: upstream file of 712 bytes
