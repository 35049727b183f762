stub: upstream file of 14873 bytes
