stub: upstream file of 18798 bytes
