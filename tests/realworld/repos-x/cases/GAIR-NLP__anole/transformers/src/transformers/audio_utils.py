stub: upstream file of 36789 bytes
