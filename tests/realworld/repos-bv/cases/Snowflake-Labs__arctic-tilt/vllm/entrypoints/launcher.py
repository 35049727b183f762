stub: upstream file of 4484 bytes
