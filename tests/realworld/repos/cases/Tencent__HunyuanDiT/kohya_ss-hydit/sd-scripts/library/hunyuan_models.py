stub: upstream file of 43873 bytes
