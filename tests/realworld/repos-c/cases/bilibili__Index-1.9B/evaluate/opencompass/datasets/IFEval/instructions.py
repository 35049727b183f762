stub: upstream file of 57249 bytes
