stub: upstream file of 46873 bytes
