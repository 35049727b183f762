stub: upstream file of 12935 bytes
