stub: upstream file of 13670 bytes
