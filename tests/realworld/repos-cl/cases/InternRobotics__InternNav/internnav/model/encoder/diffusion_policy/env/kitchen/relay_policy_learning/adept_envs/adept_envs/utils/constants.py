stub: upstream file of 798 bytes
