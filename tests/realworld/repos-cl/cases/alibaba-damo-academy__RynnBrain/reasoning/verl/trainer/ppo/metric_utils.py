stub: upstream file of 21475 bytes
