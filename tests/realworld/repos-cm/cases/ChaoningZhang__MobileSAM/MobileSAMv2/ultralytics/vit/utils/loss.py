stub: upstream file of 13190 bytes
