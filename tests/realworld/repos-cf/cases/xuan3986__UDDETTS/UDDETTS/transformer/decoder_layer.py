stub: upstream file of 4807 bytes
