stub: upstream file of 17574 bytes
