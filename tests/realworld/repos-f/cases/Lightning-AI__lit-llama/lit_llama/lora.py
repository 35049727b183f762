stub: upstream file of 23620 bytes
