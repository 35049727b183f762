stub: upstream file of 2003304 bytes
