stub: upstream file of 33430 bytes
