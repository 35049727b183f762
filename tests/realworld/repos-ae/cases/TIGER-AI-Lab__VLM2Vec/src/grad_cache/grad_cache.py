stub: upstream file of 12770 bytes
