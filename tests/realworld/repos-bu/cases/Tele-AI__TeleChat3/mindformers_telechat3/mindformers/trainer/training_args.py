stub: upstream file of 110214 bytes
