stub: upstream file of 39071 bytes
