stub: upstream file of 11712 bytes
