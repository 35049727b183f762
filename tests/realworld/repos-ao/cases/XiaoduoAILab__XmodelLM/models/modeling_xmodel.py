stub: upstream file of 31935 bytes
