stub: upstream file of 33698 bytes
