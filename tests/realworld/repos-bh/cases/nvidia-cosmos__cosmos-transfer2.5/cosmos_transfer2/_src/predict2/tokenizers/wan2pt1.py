stub: upstream file of 40094 bytes
