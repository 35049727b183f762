stub: upstream file of 20321 bytes
