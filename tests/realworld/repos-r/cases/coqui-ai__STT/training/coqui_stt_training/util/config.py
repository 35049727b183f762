stub: upstream file of 35840 bytes
