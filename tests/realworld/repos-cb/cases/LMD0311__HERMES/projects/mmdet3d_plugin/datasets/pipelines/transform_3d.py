stub: upstream file of 57720 bytes
