stub: upstream file of 6538 bytes
