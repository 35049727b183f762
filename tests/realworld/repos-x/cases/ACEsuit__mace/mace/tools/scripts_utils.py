stub: upstream file of 43698 bytes
