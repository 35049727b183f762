stub: upstream file of 22026 bytes
