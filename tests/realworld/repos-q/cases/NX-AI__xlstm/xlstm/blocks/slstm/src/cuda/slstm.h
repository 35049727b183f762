stub: upstream file of 18503 bytes
