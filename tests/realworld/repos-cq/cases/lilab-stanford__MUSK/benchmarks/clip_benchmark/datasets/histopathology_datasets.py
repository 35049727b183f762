stub: upstream file of 10873 bytes
