stub: upstream file of 15873 bytes
