stub: upstream file of 19587 bytes
