stub: upstream file of 5686 bytes
