stub: upstream file of 71200 bytes
