stub: upstream file of 5168 bytes
