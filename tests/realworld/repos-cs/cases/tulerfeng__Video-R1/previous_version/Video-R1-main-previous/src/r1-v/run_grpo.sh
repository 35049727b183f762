stub: upstream file of 763 bytes
