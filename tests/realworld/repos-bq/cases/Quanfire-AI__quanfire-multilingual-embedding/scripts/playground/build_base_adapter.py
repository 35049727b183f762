stub: upstream file of 6935 bytes
