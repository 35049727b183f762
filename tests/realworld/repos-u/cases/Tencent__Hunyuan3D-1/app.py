stub: upstream file of 17949 bytes
