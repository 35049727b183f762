stub: upstream file of 95504 bytes
