stub: upstream file of 31015 bytes
