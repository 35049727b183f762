stub: upstream file of 27181 bytes
