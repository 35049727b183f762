stub: upstream file of 5469 bytes
