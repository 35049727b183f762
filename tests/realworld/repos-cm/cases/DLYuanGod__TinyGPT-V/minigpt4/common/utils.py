stub: upstream file of 13807 bytes
