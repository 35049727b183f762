stub: upstream file of 16821 bytes
