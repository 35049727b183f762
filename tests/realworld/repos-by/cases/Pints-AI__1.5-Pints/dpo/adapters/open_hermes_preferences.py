stub: upstream file of 2611 bytes
