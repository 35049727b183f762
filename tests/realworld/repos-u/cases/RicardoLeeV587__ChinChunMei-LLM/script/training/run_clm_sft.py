stub: upstream file of 18071 bytes
