stub: upstream file of 8514 bytes
