stub: upstream file of 21039 bytes
