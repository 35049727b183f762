stub: upstream file of 12039 bytes
