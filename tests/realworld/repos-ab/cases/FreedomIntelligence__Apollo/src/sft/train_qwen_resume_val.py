stub: upstream file of 18201 bytes
