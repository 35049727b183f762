stub: upstream file of 62670 bytes
