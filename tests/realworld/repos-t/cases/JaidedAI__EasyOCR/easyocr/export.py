stub: upstream file of 5682 bytes
