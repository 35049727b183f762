stub: upstream file of 10234 bytes
