stub: upstream file of 8873 bytes
