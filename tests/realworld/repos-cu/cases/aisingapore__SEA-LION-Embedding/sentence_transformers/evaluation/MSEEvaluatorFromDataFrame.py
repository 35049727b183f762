stub: upstream file of 5520 bytes
