stub: upstream file of 29807 bytes
