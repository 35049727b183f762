stub: upstream file of 4949 bytes
