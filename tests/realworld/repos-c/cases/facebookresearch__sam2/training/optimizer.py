stub: upstream file of 19873 bytes
