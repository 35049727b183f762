stub: upstream file of 23069 bytes
