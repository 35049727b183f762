stub: upstream file of 14969 bytes
