stub: upstream file of 34847 bytes
