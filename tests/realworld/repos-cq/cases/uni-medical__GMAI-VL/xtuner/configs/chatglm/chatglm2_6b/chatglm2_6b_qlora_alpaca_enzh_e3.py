stub: upstream file of 7712 bytes
