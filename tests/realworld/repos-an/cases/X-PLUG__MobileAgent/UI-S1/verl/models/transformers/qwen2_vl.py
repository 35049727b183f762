stub: upstream file of 23344 bytes
