stub: upstream file of 125916 bytes
