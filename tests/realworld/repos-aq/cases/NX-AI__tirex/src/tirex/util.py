stub: upstream file of 34308 bytes
