stub: upstream file of 17798 bytes
