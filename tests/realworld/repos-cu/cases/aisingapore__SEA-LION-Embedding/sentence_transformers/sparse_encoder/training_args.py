stub: upstream file of 3501 bytes
