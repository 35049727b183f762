stub: upstream file of 11873 bytes
