stub: upstream file of 5871 bytes
