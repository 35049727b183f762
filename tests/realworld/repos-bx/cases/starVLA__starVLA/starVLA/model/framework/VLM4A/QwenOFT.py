stub: upstream file of 16993 bytes
