stub: upstream file of 16789 bytes
