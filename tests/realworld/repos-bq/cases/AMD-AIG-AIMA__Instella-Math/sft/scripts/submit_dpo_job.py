stub: upstream file of 15358 bytes
