stub: upstream file of 4933 bytes
