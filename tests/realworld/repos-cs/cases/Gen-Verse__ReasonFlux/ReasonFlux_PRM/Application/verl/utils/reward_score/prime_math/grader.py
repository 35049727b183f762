stub: upstream file of 13873 bytes
