stub: upstream file of 4743 bytes
