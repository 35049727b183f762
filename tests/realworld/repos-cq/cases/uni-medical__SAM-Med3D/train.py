stub: upstream file of 21382 bytes
