stub: upstream file of 21798 bytes
