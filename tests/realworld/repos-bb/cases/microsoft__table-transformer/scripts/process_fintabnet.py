stub: upstream file of 67693 bytes
