stub: upstream file of 10679 bytes
