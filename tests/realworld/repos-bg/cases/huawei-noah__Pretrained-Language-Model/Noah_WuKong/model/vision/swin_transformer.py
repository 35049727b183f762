stub: upstream file of 25734 bytes
