stub: upstream file of 16723 bytes
