stub: upstream file of 27708 bytes
