stub: upstream file of 29891 bytes
