stub: upstream file of 25201 bytes
