stub: upstream file of 11652 bytes
