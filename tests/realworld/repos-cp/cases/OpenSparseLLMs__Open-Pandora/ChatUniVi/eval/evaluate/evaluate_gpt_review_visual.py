stub: upstream file of 4206 bytes
