stub: upstream file of 23994 bytes
