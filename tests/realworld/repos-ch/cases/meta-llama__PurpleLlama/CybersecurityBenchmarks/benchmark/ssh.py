stub: upstream file of 4616 bytes
