stub: upstream file of 7873 bytes
