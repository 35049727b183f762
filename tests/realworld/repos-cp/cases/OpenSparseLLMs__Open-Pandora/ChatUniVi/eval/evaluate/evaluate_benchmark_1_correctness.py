stub: upstream file of 7945 bytes
