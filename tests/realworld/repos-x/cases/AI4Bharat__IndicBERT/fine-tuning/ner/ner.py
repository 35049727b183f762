stub: upstream file of 12089 bytes
