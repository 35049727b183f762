stub: upstream file of 9686 bytes
