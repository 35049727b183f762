stub: upstream file of 533642 bytes
