stub: upstream file of 13786 bytes
