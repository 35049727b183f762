stub: upstream file of 5601 bytes
