stub: upstream file of 59147 bytes
