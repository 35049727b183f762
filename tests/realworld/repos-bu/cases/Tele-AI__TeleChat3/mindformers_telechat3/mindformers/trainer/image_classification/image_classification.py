stub: upstream file of 9430 bytes
