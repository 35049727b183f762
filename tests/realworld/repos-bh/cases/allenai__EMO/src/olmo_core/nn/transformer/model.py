stub: upstream file of 46712 bytes
