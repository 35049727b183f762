stub: upstream file of 91561 bytes
