stub: upstream file of 21912 bytes
