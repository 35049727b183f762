stub: upstream file of 12742 bytes
