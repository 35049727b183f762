stub: upstream file of 11956 bytes
