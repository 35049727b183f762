stub: upstream file of 23465 bytes
