stub: upstream file of 23781 bytes
