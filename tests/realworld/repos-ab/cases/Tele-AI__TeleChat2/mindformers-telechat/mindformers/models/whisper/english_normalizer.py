stub: upstream file of 23020 bytes
