stub: upstream file of 55722 bytes
