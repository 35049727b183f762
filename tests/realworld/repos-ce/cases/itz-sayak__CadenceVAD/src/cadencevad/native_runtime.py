stub: upstream file of 9188 bytes
