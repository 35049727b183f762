stub: upstream file of 3873 bytes
