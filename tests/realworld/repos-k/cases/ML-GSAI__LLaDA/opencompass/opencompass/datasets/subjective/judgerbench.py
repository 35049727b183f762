stub: upstream file of 23211 bytes
