stub: upstream file of 30935 bytes
