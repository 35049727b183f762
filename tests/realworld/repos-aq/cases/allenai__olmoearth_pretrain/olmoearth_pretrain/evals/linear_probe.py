stub: upstream file of 36201 bytes
