stub: upstream file of 17941 bytes
