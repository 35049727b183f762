stub: upstream file of 9071 bytes
