stub: upstream file of 15150 bytes
