stub: upstream file of 15621 bytes
