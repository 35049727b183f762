stub: upstream file of 17552 bytes
