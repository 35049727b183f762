stub: upstream file of 10201 bytes
