stub: upstream file of 51844 bytes
