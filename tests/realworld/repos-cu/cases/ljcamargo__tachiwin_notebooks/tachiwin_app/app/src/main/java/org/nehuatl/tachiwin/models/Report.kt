stub: upstream file of 201 bytes
