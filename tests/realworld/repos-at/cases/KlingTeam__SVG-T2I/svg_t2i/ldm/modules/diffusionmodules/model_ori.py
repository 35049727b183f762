stub: upstream file of 33751 bytes
