stub: upstream file of 45110 bytes
