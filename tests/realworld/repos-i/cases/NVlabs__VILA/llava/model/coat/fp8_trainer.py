stub: upstream file of 29746 bytes
