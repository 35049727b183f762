stub: upstream file of 807502 bytes
