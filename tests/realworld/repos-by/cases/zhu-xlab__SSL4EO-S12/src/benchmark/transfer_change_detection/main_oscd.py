stub: upstream file of 9200 bytes
