stub: upstream file of 4873 bytes
