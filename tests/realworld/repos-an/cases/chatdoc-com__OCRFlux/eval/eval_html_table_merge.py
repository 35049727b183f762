stub: upstream file of 7962 bytes
