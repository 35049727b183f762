stub: upstream file of 13013 bytes
