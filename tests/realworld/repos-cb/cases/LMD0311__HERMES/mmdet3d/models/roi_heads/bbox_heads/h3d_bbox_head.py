stub: upstream file of 40153 bytes
