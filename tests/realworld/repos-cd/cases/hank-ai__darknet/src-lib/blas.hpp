stub: upstream file of 13875 bytes
