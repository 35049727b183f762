stub: upstream file of 15949 bytes
