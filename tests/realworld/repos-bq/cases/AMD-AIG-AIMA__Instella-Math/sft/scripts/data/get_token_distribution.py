stub: upstream file of 17165 bytes
