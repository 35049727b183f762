stub: upstream file of 18037 bytes
