stub: upstream file of 14507 bytes
