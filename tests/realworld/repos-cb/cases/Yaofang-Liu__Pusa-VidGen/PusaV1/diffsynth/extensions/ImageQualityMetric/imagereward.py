stub: upstream file of 8729 bytes
