stub: upstream file of 738828 bytes
