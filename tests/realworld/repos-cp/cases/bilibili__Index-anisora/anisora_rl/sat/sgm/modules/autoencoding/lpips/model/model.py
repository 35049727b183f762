stub: upstream file of 2918 bytes
