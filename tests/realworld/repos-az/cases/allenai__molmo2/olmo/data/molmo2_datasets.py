stub: upstream file of 58538 bytes
