stub: upstream file of 32873 bytes
