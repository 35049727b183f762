stub: upstream file of 26431 bytes
