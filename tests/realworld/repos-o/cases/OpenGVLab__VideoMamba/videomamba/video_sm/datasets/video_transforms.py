stub: upstream file of 43895 bytes
